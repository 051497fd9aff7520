reducer = fn
  (item, acc)
  acc + item
end
