@required ~w(title body)a
@optional ~w(slug published)a
@allowed @required ++ @optional
