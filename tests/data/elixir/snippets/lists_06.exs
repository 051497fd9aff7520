Enum.zip([1, 2, 3], [:a, :b, :c])
List.flatten([1, [2, [3, [4]]]])
