// Command ferretdb runs FerretDB v1 (MongoDB wire protocol), embedded through FerretDB's public
// package so the version check of its own cmd is not needed. With -postgresql-url it runs on
// FerretDB's PostgreSQL backend (the local stack's default, on the PostgreSQL of
// packages/stack/src/postgres.ts); without it on SQLite files in -sqlite-dir (PASS_DB_BACKEND=sqlite).
package main

import (
	"context"
	"flag"
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to listen on")
	dir := flag.String("sqlite-dir", "data", "directory of the SQLite databases")
	pg := flag.String("postgresql-url", "", "PostgreSQL URL: use the PostgreSQL backend instead of SQLite")
	flag.Parse()

	if err := os.MkdirAll(*dir, 0o755); err != nil {
		log.Fatal(err)
	}
	config := ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Handler:   "sqlite",
		SQLiteURL: "file:" + *dir + "/",
	}
	backend := "sqlite dir " + *dir
	if *pg != "" {
		config.Handler, config.SQLiteURL, config.PostgreSQLURL = "postgresql", "", *pg
		backend = "postgresql"
	}
	f, err := ferretdb.New(&config)
	if err != nil {
		log.Fatal(err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	log.Printf("ferretdb listening on %s, %s", *listen, backend)
	f.Run(ctx)
}
