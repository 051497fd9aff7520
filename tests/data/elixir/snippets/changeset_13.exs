changeset =
  %User{}
  |> User.changeset(%{"name" => "", "age" => "abc"})

changeset.valid?
changeset.errors[:name]
changeset.changes
fetch_field!(changeset, :name)
