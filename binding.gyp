{
	"targets": [
		{
			"target_name": "etcd_xattr",
			"sources": ["native/xattr.c"]
		}
	]
}
