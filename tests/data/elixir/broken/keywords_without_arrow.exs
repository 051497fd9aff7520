defmodule Repo.Config do
  def options do
    pool_size: 10
  end
end
