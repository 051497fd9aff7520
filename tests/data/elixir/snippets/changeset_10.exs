def signup_changeset(attrs) do
  types = %{email: :string, age: :integer, terms: :boolean}

  {%{}, types}
  |> cast(attrs, Map.keys(types))
  |> validate_required([:email, :terms])
  |> apply_action(:insert)
end
