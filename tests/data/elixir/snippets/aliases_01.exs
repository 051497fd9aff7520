alias MyApp.Accounts.User
alias MyApp.Repo, as: R
User.changeset(%User{}, %{})
