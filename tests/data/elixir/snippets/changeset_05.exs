validate_change(changeset, :url, fn :url, url ->
  case URI.parse(url) do
    %URI{scheme: scheme, host: host} when scheme in ["http", "https"] and is_binary(host) -> []
    _ -> [url: "must be a valid URL"]
  end
end)
