setup [:create_user, :log_in]

defp create_user(_context), do: %{user: user_fixture()}
defp log_in(%{conn: conn, user: user}), do: %{conn: log_in_user(conn, user)}
