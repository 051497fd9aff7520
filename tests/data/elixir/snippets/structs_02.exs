%User{user | name: "Grace"}
%Blog.Post{post | published: true, published_at: DateTime.utc_now()}
