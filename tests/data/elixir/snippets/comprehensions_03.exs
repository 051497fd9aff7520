for line <- File.stream!(path),
    line = String.trim(line),
    line != "",
    into: MapSet.new() do
  line
end
