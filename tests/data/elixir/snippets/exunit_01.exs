defmodule Blog.PostTest do
  use Blog.DataCase, async: true

  alias Blog.Post

  describe "changeset/2" do
    test "requires a title" do
      changeset = Post.changeset(%Post{}, %{})
      refute changeset.valid?
      assert %{title: ["can't be blank"]} = errors_on(changeset)
    end
  end
end
