Logger.info("started #{name}", pid: self())
Logger.debug fn -> "lazy #{inspect(state)}" end
