import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateStandardSchema,
  type CreateStandardInput,
  StandardCodeParams,
  UpdateStandardSchema,
  type UpdateStandardInput,
} from '@linkage/contracts';
import { CurrentUser, Public } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { StandardsService } from './standards.service.js';

@ApiTags('standards')
@Controller('standards')
export class StandardsController {
  constructor(private readonly standards: StandardsService) {}

  @Public()
  @Get()
  list() {
    return this.standards.list();
  }

  @Public()
  @Get(':code')
  get(@Param({ schema: StandardCodeParams }) { code }: StandardCodeParams) {
    return this.standards.get(code);
  }

  @Post()
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: CreateStandardSchema }) body: CreateStandardInput,
  ) {
    return this.standards.create(user, body);
  }

  @Patch(':code')
  update(
    @Param({ schema: StandardCodeParams }) { code }: StandardCodeParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: UpdateStandardSchema }) body: UpdateStandardInput,
  ) {
    return this.standards.update(user, code, body);
  }
}
