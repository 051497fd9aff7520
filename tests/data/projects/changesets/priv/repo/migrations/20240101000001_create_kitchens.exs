defmodule Steps.Repo.Migrations.CreateKitchens do
  use Ecto.Migration

  def change do
    create table(:kitchens, primary_key: false) do
      add :id, :binary_id, primary_key: true
      add :title, :string
      add :servings, :integer
      add :ratio, :float
      add :vegan, :boolean, default: false
      add :price, :decimal
      add :best_before, :date
      add :opens_at, :time
      add :precise_at, :time_usec
      add :baked_at, :naive_datetime
      add :baked_at_usec, :naive_datetime_usec
      add :served_at, :utc_datetime
      add :served_at_usec, :utc_datetime_usec
      add :extras, :map
      add :flavours, {:array, :string}
      add :counts, {:array, :integer}
      add :batch, :uuid
      add :mood, :string
      add :secret, :string

      timestamps(type: :naive_datetime_usec, inserted_at: :created_at)
    end

    create unique_index(:kitchens, [:title])
  end
end
