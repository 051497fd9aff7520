def change do
  alter table(:profiles) do
    add_if_not_exists :website, :string, size: 512
    remove_if_exists :fax, :string
    modify :bio, :text, null: true, from: {:string, null: false}
  end
end
