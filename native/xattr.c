/*
 * Extended attributes of open files, for etcd-config-lint --fix: Node has no API for them, and a fixer that
 * replaces a file must give the new file every attribute of the old one (ACLs, SELinux labels, capabilities,
 * user attributes) or not replace it. Three calls on file descriptors, nothing else: list, get, set, remove.
 * Names travel as Latin-1 strings, so that a name that is not UTF-8 comes back byte for byte.
 */
#define NAPI_VERSION 8
#include <node_api.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/xattr.h>

#ifdef __APPLE__
#define LIST(fd, buf, size) flistxattr(fd, buf, size, 0)
#define GET(fd, name, buf, size) fgetxattr(fd, name, buf, size, 0, 0)
#define SET(fd, name, buf, size) fsetxattr(fd, name, buf, size, 0, 0)
#define REMOVE(fd, name) fremovexattr(fd, name, 0)
#else
#define LIST(fd, buf, size) flistxattr(fd, buf, size)
#define GET(fd, name, buf, size) fgetxattr(fd, name, buf, size)
#define SET(fd, name, buf, size) fsetxattr(fd, name, buf, size, 0)
#define REMOVE(fd, name) fremovexattr(fd, name)
#endif

/* The errno names callers act on; anything else is "EOTHER" with the system's text in the message. */
static const char *code_of(int err) {
	switch (err) {
	case EPERM: return "EPERM";
	case EACCES: return "EACCES";
	case EBADF: return "EBADF";
	case EINVAL: return "EINVAL";
	case ENOSPC: return "ENOSPC";
	case EROFS: return "EROFS";
	case ERANGE: return "ERANGE";
	case E2BIG: return "E2BIG";
	case EIO: return "EIO";
#ifdef ENOTSUP
	case ENOTSUP: return "ENOTSUP";
#endif
#if defined(EOPNOTSUPP) && (!defined(ENOTSUP) || EOPNOTSUPP != ENOTSUP)
	case EOPNOTSUPP: return "EOPNOTSUPP";
#endif
#ifdef ENODATA
	case ENODATA: return "ENODATA";
#endif
#if defined(ENOATTR) && (!defined(ENODATA) || ENOATTR != ENODATA)
	case ENOATTR: return "ENOATTR";
#endif
#ifdef EDQUOT
	case EDQUOT: return "EDQUOT";
#endif
	default: return "EOTHER";
	}
}

static napi_value fail(napi_env env, int err, const char *call) {
	char message[256];
	snprintf(message, sizeof message, "%s: %s", call, strerror(err));
	napi_throw_error(env, code_of(err), message);
	return NULL;
}

static int read_args(napi_env env, napi_callback_info info, size_t wanted, napi_value *args) {
	size_t count = wanted;
	if (napi_get_cb_info(env, info, &count, args, NULL, NULL) != napi_ok || count < wanted) {
		napi_throw_type_error(env, NULL, "missing arguments");
		return 0;
	}
	return 1;
}

static int read_fd(napi_env env, napi_value value, int *fd) {
	if (napi_get_value_int32(env, value, fd) != napi_ok) {
		napi_throw_type_error(env, NULL, "a file descriptor is a number");
		return 0;
	}
	return 1;
}

/* The attribute name as bytes (Latin-1 code units), NUL-terminated; NULL after throwing. */
static char *read_name(napi_env env, napi_value value) {
	size_t length = 0;
	if (napi_get_value_string_latin1(env, value, NULL, 0, &length) != napi_ok) {
		napi_throw_type_error(env, NULL, "an attribute name is a string");
		return NULL;
	}
	char *name = malloc(length + 1);
	if (name == NULL) {
		napi_throw_error(env, "ENOMEM", "out of memory");
		return NULL;
	}
	napi_get_value_string_latin1(env, value, name, length + 1, &length);
	return name;
}

/* The descriptor in args[0] and the name in args[1] of a call with `count` arguments; NULL after throwing. */
static char *read_fd_and_name(napi_env env, napi_callback_info info, size_t count, napi_value *args, int *fd) {
	if (!read_args(env, info, count, args) || !read_fd(env, args[0], fd)) return NULL;
	return read_name(env, args[1]);
}

/* list(fd): the names of the file's attributes that this process may see. */
static napi_value list(napi_env env, napi_callback_info info) {
	napi_value args[1];
	int fd;
	if (!read_args(env, info, 1, args) || !read_fd(env, args[0], &fd)) return NULL;
	char *buffer = NULL;
	ssize_t size;
	for (;;) {
		size = LIST(fd, NULL, 0);
		if (size < 0) return fail(env, errno, "flistxattr");
		free(buffer);
		buffer = malloc(size > 0 ? (size_t) size : 1);
		if (buffer == NULL) return fail(env, ENOMEM, "flistxattr");
		size = LIST(fd, buffer, (size_t) size);
		if (size >= 0) break;
		if (errno != ERANGE) {
			int err = errno;
			free(buffer);
			return fail(env, err, "flistxattr");
		}
	}
	napi_value names;
	napi_create_array(env, &names);
	uint32_t index = 0;
	for (ssize_t at = 0; at < size;) {
		size_t length = strnlen(buffer + at, (size_t) (size - at));
		napi_value name;
		napi_create_string_latin1(env, buffer + at, length, &name);
		napi_set_element(env, names, index++, name);
		at += (ssize_t) length + 1;
	}
	free(buffer);
	return names;
}

/* get(fd, name): the attribute's value as a Buffer. */
static napi_value get(napi_env env, napi_callback_info info) {
	napi_value args[2];
	int fd;
	char *name = read_fd_and_name(env, info, 2, args, &fd);
	if (name == NULL) return NULL;
	for (;;) {
		ssize_t size = GET(fd, name, NULL, 0);
		if (size < 0) break;
		void *data;
		napi_value value;
		if (napi_create_buffer(env, size > 0 ? (size_t) size : 0, &data, &value) != napi_ok) break;
		ssize_t got = size > 0 ? GET(fd, name, data, (size_t) size) : 0;
		if (got == size) {
			free(name);
			return value;
		}
		if (got >= 0) errno = ERANGE;
		if (errno != ERANGE) break;
	}
	int err = errno;
	free(name);
	return fail(env, err, "fgetxattr");
}

/* set(fd, name, value): creates or replaces the attribute. */
static napi_value set(napi_env env, napi_callback_info info) {
	napi_value args[3];
	int fd;
	char *name = read_fd_and_name(env, info, 3, args, &fd);
	if (name == NULL) return NULL;
	void *data;
	size_t size;
	if (napi_get_buffer_info(env, args[2], &data, &size) != napi_ok) {
		free(name);
		napi_throw_type_error(env, NULL, "an attribute value is a Buffer");
		return NULL;
	}
	int result = SET(fd, name, data, size);
	int err = errno;
	free(name);
	if (result != 0) return fail(env, err, "fsetxattr");
	return NULL;
}

/* remove(fd, name): removes the attribute. */
static napi_value remove_attribute(napi_env env, napi_callback_info info) {
	napi_value args[2];
	int fd;
	char *name = read_fd_and_name(env, info, 2, args, &fd);
	if (name == NULL) return NULL;
	int result = REMOVE(fd, name);
	int err = errno;
	free(name);
	if (result != 0) return fail(env, err, "fremovexattr");
	return NULL;
}

static napi_value init(napi_env env, napi_value exports) {
	napi_property_descriptor functions[] = {
		{ "list", NULL, list, NULL, NULL, NULL, napi_enumerable, NULL },
		{ "get", NULL, get, NULL, NULL, NULL, napi_enumerable, NULL },
		{ "set", NULL, set, NULL, NULL, NULL, napi_enumerable, NULL },
		{ "remove", NULL, remove_attribute, NULL, NULL, NULL, napi_enumerable, NULL },
	};
	napi_define_properties(env, exports, sizeof functions / sizeof functions[0], functions);
	return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
