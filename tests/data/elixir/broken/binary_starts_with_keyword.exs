x = <<key: 1>>
