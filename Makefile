# Dateline: two commands on a fresh Debian or Ubuntu machine.
#   make run    the demo site on 127.0.0.1:8080 and the desk connected to it
#   make test   everything CI runs
.PHONY: run test

run:
	@scripts/run.sh

test:
	@scripts/test.sh
