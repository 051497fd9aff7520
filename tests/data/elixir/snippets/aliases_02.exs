alias MyApp.{Accounts, Blog, Repo}
alias MyApp.Blog.{Post, Comment, Tag}
