tasks = for url <- urls, do: Task.async(fn -> fetch(url) end)
results = Task.await_many(tasks, :timer.seconds(10))

Task.Supervisor.async_stream_nolink(Blog.TaskSup, items, &process/1, max_concurrency: 4, ordered: false)
|> Enum.to_list()
