// Monaco (GraphiQL's editor) runs its language services in web workers. Vite must see
// each worker import in the app's own source to bundle it, so they are declared here
// rather than through graphiql's setup file, which Vite's dev pre-bundling cannot load.
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'json') return new JsonWorker();
    if (label === 'graphql') return new GraphQLWorker();
    return new EditorWorker();
  },
};
