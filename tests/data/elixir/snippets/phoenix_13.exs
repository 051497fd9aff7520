live_session :authenticated, on_mount: [{BlogWeb.UserAuth, :ensure_authenticated}] do
  live "/posts/new", PostLive.Index, :new
  live "/posts/:id/edit", PostLive.Index, :edit
end
