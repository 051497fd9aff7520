attr :title, :string, required: true
attr :rest, :global, include: ~w(disabled form)
slot :inner_block

def button(assigns) do
  ~H"""
  <button class="btn" {@rest}><%= render_slot(@inner_block) %></button>
  """
end
