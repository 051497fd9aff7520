make_counter = fn start ->
  fn step -> start + step end
end
make_counter.(10).(5)
