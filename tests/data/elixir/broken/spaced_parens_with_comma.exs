create (:tags, [1], name: 2)
