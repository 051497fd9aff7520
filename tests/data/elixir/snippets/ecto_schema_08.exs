many_to_many :members, Accounts.User,
  join_through: Teams.Membership,
  join_keys: [team_id: :id, user_id: :id],
  on_replace: :delete

has_many :comments_through_posts, through: [:posts, :comments]
