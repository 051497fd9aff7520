def run do
end
defp empty_body, do: nil
