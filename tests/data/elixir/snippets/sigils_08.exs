~H"""
<div class="post">
  <h1><%= @post.title %></h1>
  <p>{@post.body}</p>
</div>
"""
