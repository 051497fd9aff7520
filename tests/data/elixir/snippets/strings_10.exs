"#{
  user.first_name
} #{user.last_name}"
