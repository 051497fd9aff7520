def handle_event("validate", %{"post" => params}, socket) do
  changeset =
    socket.assigns.post
    |> Posts.change_post(params)
    |> Map.put(:action, :validate)

  {:noreply, assign(socket, form: to_form(changeset))}
end
