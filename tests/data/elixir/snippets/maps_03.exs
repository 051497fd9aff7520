%{"name" => name, "email" => email} = params
%{id: id} = record
