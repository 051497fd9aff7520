user.profile.bio
user.name
conn.assigns.current_user
