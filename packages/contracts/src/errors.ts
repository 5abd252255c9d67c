/** The body of every error the API returns; `fields` names each invalid input so forms can show it in place. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  code?: string;
  fields?: Record<string, string>;
}
