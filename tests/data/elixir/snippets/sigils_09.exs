~p"/posts/#{post}"
~p"/users/#{user.id}/edit?#{[tab: :profile]}"
