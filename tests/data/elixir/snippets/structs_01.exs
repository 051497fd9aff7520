%User{}
%User{name: "Ada", email: "ada@example.com"}
