unless valid? do
  raise "invalid"
end
