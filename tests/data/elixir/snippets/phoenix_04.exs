defmodule BlogWeb.PostLive.Index do
  use BlogWeb, :live_view

  @impl true
  def mount(_params, _session, socket) do
    if connected?(socket), do: Phoenix.PubSub.subscribe(Blog.PubSub, "posts")
    {:ok, stream(socket, :posts, Posts.list_posts())}
  end

  @impl true
  def handle_info({:post_created, post}, socket) do
    {:noreply, stream_insert(socket, :posts, post, at: 0)}
  end
end
