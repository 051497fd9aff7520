  [id: 1, name: "Ada",  36, role: 1]
