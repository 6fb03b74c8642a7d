/* Preloaded (LD_PRELOAD) into the unmodified out/systemd_env so that test/differential/systemd.test.ts can ask it
 * about thousands of files: starting the oracle costs about 20 ms, nearly all of it the dynamic loader mapping and
 * relocating libsystemd-shared; forking an already loaded process costs a few. The loader does its work once, then
 * this replaces the C library's start-up: for each path read from stdin (one a line) it forks, and the child runs
 * the oracle's own main() exactly as `systemd_env ARGS... PATH` would, with the last argument replaced by the path.
 * After each child the parent writes a record separator (0x1e), the child's exit status and a newline, so the
 * caller can split the output per file. Run with LD_BIND_NOW=1: the symbols are then bound once, before the forks.
 * Without the preload the oracle behaves as ever; the test checks that both ways give the same answers. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef int (*main_fn)(int, char **, char **);
typedef int (*start_fn)(main_fn, int, char **, void (*)(void), void (*)(void), void (*)(void), void *);

static char *read_all(int fd) {
	size_t size = 0, capacity = 1 << 16;
	char *buffer = malloc(capacity);
	for (ssize_t n; buffer && (n = read(fd, buffer + size, capacity - size - 1)) > 0;) {
		size += (size_t) n;
		if (capacity - size < 2)
			buffer = realloc(buffer, capacity *= 2);
	}
	if (buffer)
		buffer[size] = 0;
	return buffer;
}

static void write_all(const char *text, size_t length) {
	while (length > 0) {
		ssize_t n = write(STDOUT_FILENO, text, length);
		if (n <= 0)
			_exit(3);
		text += n;
		length -= (size_t) n;
	}
}

int __libc_start_main(main_fn main, int argc, char **argv, void (*init)(void), void (*fini)(void), void (*rtld_fini)(void), void *stack_end) {
	start_fn start = (start_fn) dlsym(RTLD_NEXT, "__libc_start_main");
	char *list = read_all(STDIN_FILENO);
	if (!start || !list || argc < 2)
		_exit(4);
	for (char *path = list, *end; *path; path = end + 1) {
		end = strchrnul(path, '\n');
		int last = *end == 0;
		*end = 0;
		pid_t child = fork();
		if (child < 0)
			_exit(5);
		if (child == 0) {
			argv[argc - 1] = path;
			return start(main, argc, argv, init, fini, rtld_fini, stack_end);
		}
		int status = 0;
		waitpid(child, &status, 0);
		char marker[32];
		int length = snprintf(marker, sizeof marker, "\x1e%d\n", WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
		write_all(marker, (size_t) length);
		if (last)
			break;
	}
	_exit(0);
}
