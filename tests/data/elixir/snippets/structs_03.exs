%MyApp.Accounts.User{id: id} = user
%_{} = any_struct
%module{} = struct
