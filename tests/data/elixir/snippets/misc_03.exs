defexception [:message, :field]
defdelegate fetch(id), to: Blog.Posts, as: :get_post
defoverridable init: 1
