// Sends graphql-js's getIntrospectionQuery with every option on to the gateway and rebuilds the schema from the
// answer, as GraphiQL, Banana Cake Pop and codegen tools do. Prints one JSON summary line.
import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';

const url = process.argv[2];
const options = {
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true,
  inputValueDeprecation: true, oneOf: true,
};
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query: getIntrospectionQuery(options) }),
});
const body = await response.json();
let built = null;
try {
  const schema = buildClientSchema(body.data);
  built = { types: Object.keys(schema.getTypeMap()).length, sdlLength: printSchema(schema).length };
} catch (error) {
  built = { error: String(error) };
}
console.log(JSON.stringify({ status: response.status, errors: body.errors ?? [], built }));
