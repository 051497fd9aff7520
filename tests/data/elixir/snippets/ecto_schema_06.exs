@schema_prefix "analytics"
@timestamps_opts [type: :utc_datetime_usec, autogenerate: {DateTime, :utc_now, []}]
schema "events" do
  field :name, :string
  field :payload, :map, default: %{}
  field :tags, {:array, :string}, default: []
  field :score, :float, read_after_writes: true
  field :source, :string, source: :origin
end
