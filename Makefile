# Kindred: `make run` to try it, `make test` for every test.
SHELL := /bin/bash
BIN := bin/kindred
GO_PACKAGES = $$(go list ./... | grep -v /node_modules/)

.PHONY: run build web test deps lint lint-go lint-web test-go test-web generate check-generated bench clean

## run: build everything, load demo data into kindred.db if empty, and serve
run: build
	@$(BIN) seed
	@KINDRED_DEV_MAILBOX=1 $(BIN) serve

## build: the web app, then the binary with it embedded
build: web
	go build -o $(BIN) ./server

web:
	@if [ -f frontend/package.json ]; then \
	  [ -d frontend/node_modules ] || (cd frontend && npm ci --no-audit --no-fund); \
	  cd frontend && npm run build; \
	fi

## test: the linters, then every test; installs what the tests need or names it
## (scripts/test-deps) and starts a private PostgreSQL when initdb exists (scripts/test-go)
test: deps lint test-go test-web

deps:
	@scripts/test-deps

## lint: golangci-lint (built from tools/lint) and ESLint (frontend/lint)
lint: deps lint-go lint-web

lint-go:
	scripts/lint-go

lint-web:
	cd frontend && npm run lint

test-go:
	scripts/test-go

test-web: deps build
	@if [ -f frontend/package.json ]; then \
	  cd frontend && npm test && npm run budget && KINDRED_BIN=../$(BIN) npm run e2e; \
	fi

## generate: regenerate gqlgen output and the web app's typed documents
generate:
	go run ./tools/gqlgen
	@if [ -f frontend/package.json ]; then cd frontend && npm run codegen; fi

## check-generated: fail when generated code differs from what is committed
check-generated: generate
	@git diff --exit-code -- graph/ frontend/src/gql/ || (echo "generated code is out of date: run make generate and commit" >&2; exit 1)

## bench: domain benchmarks and a load run on PostgreSQL with 100,000 people (bench/run.sh);
## writes bench/results/latest.json and the table of docs/performance.md
bench:
	bench/run.sh

clean:
	rm -rf bin frontend/dist/assets frontend/dist/index.html
