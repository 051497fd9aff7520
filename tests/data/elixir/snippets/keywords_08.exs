[a: [b: [c: :deep]], list: [1, 2], map: %{x: 1}]
