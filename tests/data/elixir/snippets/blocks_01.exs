if user.admin? do
  :admin
else
  :user
end
