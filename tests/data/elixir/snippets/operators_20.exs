a |> b ~> c <~ d
x <<~ y ~>> z <~> w
m <|> n
