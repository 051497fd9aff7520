~H"""
<ul>
  <%= for item <- @items do %>
    <li :if={item.visible}><%= item.name %></li>
  <% end %>
</ul>
"""
