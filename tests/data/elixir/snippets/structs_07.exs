def new(attrs), do: struct!(__MODULE__, attrs)
%Ecto.Changeset{valid?: false, errors: errors} = cs
